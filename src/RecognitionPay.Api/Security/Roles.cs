namespace RecognitionPay.Api.Security;

/// <summary>The five roles of api.md. Every route names which of them may call it.</summary>
public static class Roles
{
    public const string CoProducer = nameof(CoProducer);
    public const string Staff = nameof(Staff);
    public const string Finance = nameof(Finance);
    public const string PolicyOwner = nameof(PolicyOwner);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [CoProducer, Staff, Finance, PolicyOwner, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
