namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>Finds the repository's own folders (policies/, tests/schemas/) from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Policies => Path.Combine(Root, "policies");

    /// <summary>The published schemas the payment files are checked against (tests/schemas), such as pain.001.001.03.xsd.</summary>
    public static string Schemas => Path.Combine(Root, "tests", "schemas");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RecognitionPay.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: RecognitionPay.sln was not found above them.");
    }
}
