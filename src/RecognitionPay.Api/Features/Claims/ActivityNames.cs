using RecognitionPay.Api.Shared;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>The name each claim's policy version gives its activity type ("Meeting, board or working group"), for the staff pages.</summary>
public static class ActivityNames
{
    public static async Task<Func<ClaimView, string>> OfAsync(PolicyBook policies, IEnumerable<ClaimView> claims, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string Version, string Code), string>();
        foreach (var version in claims.Select(c => c.PolicyVersion).Distinct())
        {
            foreach (var type in (await policies.VersionAsync(version, cancellationToken))?.ActivityTypes ?? [])
            {
                names[(version, type.Code)] = type.Name;
            }
        }

        return claim => names.GetValueOrDefault((claim.PolicyVersion, claim.ActivityTypeCode), claim.ActivityTypeCode);
    }
}
