namespace RecognitionPay.Domain.Pricing;

/// <summary>The limit that lowered the preparation paid for, named after the policy field that sets it.</summary>
public enum PrepLimit
{
    /// <summary>All the preparation claimed is paid.</summary>
    None,

    /// <summary>The activity type's <c>prep.maxMinutes</c>.</summary>
    MaxMinutes,

    /// <summary>The activity's own <c>prepAllowanceMinutes</c>.</summary>
    AgreedAllowance,

    /// <summary>The activity type's <c>prep.maxRatio</c> of the attended minutes.</summary>
    MaxRatio,
}
