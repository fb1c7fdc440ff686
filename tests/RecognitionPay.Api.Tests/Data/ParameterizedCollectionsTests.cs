using RecognitionPay.Api.Shared;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Data;

/// <summary>
/// A list of ids in a query goes to the database as one parameter, however long: a run, a report or marking paid
/// asks about tens of thousands of people or claims at once, more than a statement may bind one by one (SQLite
/// allows 32,766 parameters, PostgreSQL 65,535).
/// </summary>
public sealed class ParameterizedCollectionsTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private const int Many = 70_000;

    [Fact]
    public async Task A_list_of_ids_longer_than_a_statement_binds_is_asked_about_in_one_query()
    {
        var known = await app.RegisterPerson("many.ids@example.org");
        var ids = Enumerable.Range(0, Many).Select(_ => Guid.NewGuid()).Append(known).ToList();

        var names = await app.InDatabase(db => new PersonNames(db).OfAsync(ids, CancellationToken.None));

        Assert.Equal([known], names.Keys);
    }
}
