namespace RecognitionPay.Api.PageParts;

/// <summary>The name of the person staff are claiming for, kept in a page's view data so every page of the claim says so.</summary>
public static class OnBehalf
{
    public const string NameKey = "claiming-for";
}
