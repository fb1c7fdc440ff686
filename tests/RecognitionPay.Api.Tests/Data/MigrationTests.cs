using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Data;

/// <summary>The migrations of the provider the suite runs on describe the model exactly: nothing changed is left unmigrated.</summary>
public sealed class MigrationTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task The_model_has_no_changes_its_migrations_do_not_make() =>
        Assert.False(await app.InDatabase(db => Task.FromResult(db.Database.HasPendingModelChanges())), $"The {TestDatabase.Provider} migrations are behind the model: add a migration.");
}
