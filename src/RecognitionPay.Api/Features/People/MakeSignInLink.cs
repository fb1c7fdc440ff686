using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.People;

/// <summary>
/// Staff make a one-time sign-in link for a co-producer they support, to show on screen or print. The same link as
/// the signin-link command (15 minutes, once), signed with the local key; in Oidc mode there is none, so staff are
/// told people sign in with the council's sign-in. Audited: who made a link for whom.
/// </summary>
public static class MakeSignInLink
{
    public sealed record Command(PersonId Person) : ICommand<string>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Person.Value).NotEmpty().OverridePropertyName("person");
    }

    internal sealed class Handler(AppDbContext db, IOptionsMonitor<JwtBearerOptions> bearer, PersonAccess access, IClock clock, AuditTrail audit) : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!access.IsStaff)
            {
                throw new ForbiddenRefusal("Only staff may make a sign-in link for someone.");
            }

            var email = await db.People.AsNoTracking().Where(p => p.Id == command.Person).Select(p => p.Email).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundRefusal("person", command.Person.ToString());
            if (bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.IssuerSigningKey is not SymmetricSecurityKey key)
            {
                throw new ConflictRefusal("NoSignInLinks", "Sign-in links are made only in Local mode. People sign in with the council's sign-in instead.");
            }

            var (token, id) = SignInLinks.Create(key, email, Roles.CoProducer, clock.GetCurrentInstant());
            audit.Record("SignInLinkMade", "Person", command.Person.ToString(), after: new { link = id, email });
            return token;
        }
    }
}
