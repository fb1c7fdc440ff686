namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>The service started as a newcomer starts it: with the demo data in seeds/.</summary>
public sealed class SeededRecognitionPayApp : RecognitionPayApp
{
    protected override string? SeedsDirectory => Path.Combine(RepositoryPaths.Root, "seeds");
}
