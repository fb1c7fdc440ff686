using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.PolicyLanguage;

namespace RecognitionPay.Api.Features.Policies;

/// <summary>
/// Imports every policies/*.yaml|yml|json at start, by version, through the same PublishPolicy command as the API:
/// a version already stored is left exactly as it was, so running it again changes nothing.
/// </summary>
public sealed class PolicyFileImport(AppDbContext db, IMediator mediator, ILogger<PolicyFileImport> logger)
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public async Task ImportAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("No policy folder at {Directory}: no policies imported.", Path.GetFullPath(directory));
            return;
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken);
            var document = PolicyDocumentFormat.Read(text, PolicyDocumentFormat.IsYaml(Path.GetExtension(file)));
            if (document.Version is not null && await db.Policies.AnyAsync(p => p.Version == document.Version, cancellationToken))
            {
                continue;
            }

            await mediator.Send(new PublishPolicy.Command(document, FromPolicyFile: true), cancellationToken);
            logger.LogInformation("Imported policy version {Version} from {File}.", document.Version, Path.GetFileName(file));
        }
    }
}
