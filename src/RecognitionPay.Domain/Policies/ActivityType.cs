namespace RecognitionPay.Domain.Policies;

/// <summary>A kind of activity the policy recognises, such as a meeting or an interview panel.</summary>
public sealed record ActivityType(string Code, string Name, string EasyRead, PayBasis Pay, PrepAllowance? Prep, TravelAllowance? Travel)
{
    /// <summary>The name of the picture the co-producer pages show beside this choice, from the pictures the service has.</summary>
    public string? Picture { get; init; }
}
