using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Security;

/// <summary>
/// Ownership: a CoProducer token acts for the person registered with its email and sees only their records; another
/// person's record answers 404, exactly like an unknown id.
/// </summary>
public sealed class PersonAccess(AppDbContext db, CurrentUser user)
{
    /// <summary>Read on nearly every co-producer request, so compiled once rather than translated again each time.</summary>
    private static readonly Func<AppDbContext, string?, CancellationToken, Task<Person?>> PersonWithEmail =
        EF.CompileAsyncQuery((AppDbContext db, string? email, CancellationToken _) => db.People.AsNoTracking().SingleOrDefault(p => p.Email == email));

    public bool IsCoProducer => user.IsInRole(Roles.CoProducer);

    public bool IsStaff => user.IsInRole(Roles.Staff);

    /// <summary>The caller's own person, or 403 when no person is registered with the token's email.</summary>
    public async Task<PersonId> OwnPersonIdAsync(CancellationToken cancellationToken)
    {
        var email = user.Email?.ToLowerInvariant();
        var id = await db.People.AsNoTracking().Where(p => p.Email == email).Select(p => (PersonId?)p.Id).SingleOrDefaultAsync(cancellationToken);
        return id ?? throw NoPersonRegistered();
    }

    /// <summary>The caller's own person, whole, or 403 when no person is registered with the token's email.</summary>
    public async Task<Person> OwnPersonAsync(CancellationToken cancellationToken) =>
        await OwnEmailPersonAsync(cancellationToken) ?? throw NoPersonRegistered();

    /// <summary>The person registered with the caller's email, if any.</summary>
    public Task<Person?> OwnEmailPersonAsync(CancellationToken cancellationToken)
    {
        return PersonWithEmail(db, user.Email?.ToLowerInvariant(), cancellationToken);
    }

    /// <summary>
    /// Who a claim (or its draft, or a receipt for it) is for: a co-producer's own person, who may name nobody else;
    /// staff name the person they claim for.
    /// </summary>
    public async Task<Person> ClaimantAsync(Guid? personId, CancellationToken cancellationToken)
    {
        if (IsCoProducer)
        {
            var own = await OwnPersonAsync(cancellationToken);
            return personId is { } asked && new PersonId(asked) != own.Id
                ? throw new InvalidFieldRefusal("personId", "You can claim only for yourself.")
                : own;
        }

        var id = new PersonId(personId ?? throw new InvalidFieldRefusal("personId", "Say who the claim is for."));
        return await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new InvalidFieldRefusal("personId", "There is no person with this id.");
    }

    /// <summary>For a CoProducer, refuses (as not found) a record that belongs to someone else.</summary>
    public async Task RequireVisibleAsync(PersonId ownerId, string entity, string id, CancellationToken cancellationToken)
    {
        if (IsCoProducer && await OwnPersonIdAsync(cancellationToken) != ownerId)
        {
            throw new NotFoundRefusal(entity, id);
        }
    }

    private static ForbiddenRefusal NoPersonRegistered() =>
        new("No co-producer is registered with your email address. Ask staff to register you.");
}
