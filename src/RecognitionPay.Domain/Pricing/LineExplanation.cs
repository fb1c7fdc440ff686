namespace RecognitionPay.Domain.Pricing;

/// <summary>
/// The facts that explain how a priced line comes to its amount (minutes counted and paid, a rate, the limit that
/// applied), kept as values and put into plain words only when someone reads them.
/// </summary>
public abstract record LineExplanation
{
    /// <summary>The explanation in short plain words, as the line's description.</summary>
    public abstract string InWords();
}
