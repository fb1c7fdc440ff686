using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.SignIn;

/// <summary>
/// Uses up a one-time sign-in link, as any other command: saved in the pipeline's transaction (on SQLite, in the group
/// commit with the commands writing at the same time). The table's key refuses a second use on any node, so nobody
/// looks first: a link used already fails the save as a unique violation.
/// </summary>
public static class UseSignInLink
{
    public sealed record Command(SignInLink Link) : ICommand<Unit>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Link.Id).NotEmpty();
            RuleFor(c => c.Link.Email).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Link.Role).Must(Roles.IsKnown).WithMessage("A sign-in link names one of the service's roles.");
        }
    }

    internal sealed class Handler(AppDbContext db, CurrentUser user, AuditTrail audit, IClock clock) : IRequestHandler<Command, Unit>
    {
        public Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var link = command.Link;
            db.UsedSignInLinks.Add(new UsedSignInLink { Id = link.Id, Email = link.Email, UsedAt = clock.GetCurrentInstant() });
            user.Assume(link.Email, link.Role);
            audit.Record("SignedIn", "SignInLink", link.Id.ToString(), after: new { link.Email, link.Role });
            return Task.FromResult(Unit.Value);
        }
    }
}
