namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>Finds the repository's own folders (policies/, seeds/) from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Policies => Path.Combine(Root, "policies");

    /// <summary>The shared schemas beside the repository (../shared/schemas), such as pain.001.001.03.xsd.</summary>
    public static string SharedSchemas => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas"));

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
