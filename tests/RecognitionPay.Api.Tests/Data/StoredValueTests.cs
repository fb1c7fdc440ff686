using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using RecognitionPay.Api.Data.Conversions;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Api.Tests.Data;

/// <summary>Every value kept in a JSON column or through a converter reads back equal to what was written.</summary>
public sealed class StoredValueTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonColumn.Options), JsonColumn.Options)!;

    [Fact]
    public void Miles_read_back_to_the_tenth() => Assert.Equal(new Miles(123), RoundTrip(new Miles(123)));

    [Fact]
    public void Hours_read_back_to_the_hundredth() => Assert.Equal(new Hours(150), RoundTrip(new Hours(150)));

    [Fact]
    public void Money_reads_back_to_the_penny() => Assert.Equal(Money.FromPence(-1_234_567), RoundTrip(Money.FromPence(-1_234_567)));

    [Fact]
    public void A_quantity_reads_back_with_its_decimal_places() => Assert.Equal(new Quantity(1234, 2), RoundTrip(new Quantity(1234, 2)));

    [Fact]
    public void An_expense_reads_back_with_its_amount_miles_hours_and_receipt()
    {
        IReadOnlyList<ExpenseToPrice> expenses =
        [
            new("mileage-car", null, new Miles(99_905), null, null),
            new("carer-cover", Money.FromPence(4500), null, new Hours(275), true),
            new("online-data"),
        ];

        var read = RoundTrip(expenses);

        Assert.Equal(expenses, read);
    }

    [Fact]
    public void A_priced_line_and_a_warning_read_back_word_for_word()
    {
        var line = new ClaimLine(LineKind.Expense, "mileage-car", "12.3 miles at 45p", new Quantity(123, 1), "miles", Money.FromPence(554));
        var warning = new ClaimWarning("ReceiptMissing", "Please send a receipt.");

        Assert.Equal(line, RoundTrip(line));
        Assert.Equal(warning, RoundTrip(warning));
    }

    [Fact]
    public void A_benefit_declaration_and_a_masked_account_read_back_equal()
    {
        IReadOnlyList<BenefitDeclaration> benefits = [new("carers-allowance", new LocalDate(2026, 4, 6), Money.FromPence(15000)), new("universal-credit", null, null)];
        var account = new MaskedBankAccount("A Morgan", "**-**-56", "****5678");

        Assert.Equal(benefits, RoundTrip(benefits));
        Assert.Equal(account, RoundTrip(account));
    }

    [Fact]
    public void Miles_that_are_not_a_whole_count_of_tenths_are_refused_when_read()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Miles>("{\"tenths\": 1.5}", JsonColumn.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Hours>("{\"tenths\": 15}", JsonColumn.Options));
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonSerializer.Deserialize<Miles>("{\"tenths\": -1}", JsonColumn.Options));
    }

    [Fact]
    public void Money_written_by_earlier_versions_with_its_derived_flags_still_reads_back() =>
        Assert.Equal(Money.FromPence(640), JsonSerializer.Deserialize<Money>("{\"pence\":640,\"isZero\":false,\"isNegative\":false}", JsonColumn.Options));

    [Fact]
    public void Dates_instants_and_money_read_back_equal_through_their_column_converters()
    {
        AssertRoundTrip(new LocalDateConverter(), new LocalDate(2100, 12, 31));
        AssertRoundTrip(new InstantConverter(), Instant.FromUnixTimeTicks(17_648_123_456_789_012));
        AssertRoundTrip(new MoneyConverter(), Money.FromPence(long.MaxValue));
    }

    [Fact]
    public async Task Typed_ids_and_actors_read_back_equal_through_their_converters_and_the_database()
    {
        var id = Guid.CreateVersion7();
        AssertRoundTrip(new PersonIdConverter(), new PersonId(id));
        AssertRoundTrip(new ClaimIdConverter(), new ClaimId(id));
        AssertRoundTrip(new ActivityIdConverter(), new ActivityId(id));
        AssertRoundTrip(new PaymentRunIdConverter(), new PaymentRunId(id));
        AssertRoundTrip(new PaymentItemIdConverter(), new PaymentItemId(id));
        AssertRoundTrip(new ActorConverter(), new Actor("system:payment-run"));

        var person = new PersonId(await app.RegisterPerson("typed.ids@example.org"));
        var stored = await app.InDatabase(db => db.People.AsNoTracking().Where(p => p.Id == person).Select(p => p.Id).SingleAsync());
        var audited = await app.InDatabase(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == person.ToString()).Select(a => a.Actor).FirstAsync());

        Assert.Equal(person, stored);
        Assert.Equal(new Actor(Scenario.StaffEmail), audited);
    }

    /// <summary>
    /// The guard that keeps this from recurring: every type reachable from a JSON column either has its own
    /// converter or is written and read through the same members (a property the serializer writes but cannot
    /// set would silently read back as its default, as miles once did).
    /// </summary>
    [Fact]
    public async Task Every_type_in_a_json_column_reads_back_every_member_it_writes()
    {
        var columnTypes = await app.InDatabase(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Concat(e.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
            .Select(p => p.GetValueConverter())
            .Where(c => c is not null && c.GetType().IsGenericType && c.GetType().GetGenericTypeDefinition() == typeof(JsonColumnConverter<>))
            .Select(c => c!.ModelClrType)
            .ToList()));
        Assert.NotEmpty(columnTypes);

        var unreadable = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(columnTypes);
        while (pending.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                continue;
            }

            var info = JsonColumn.Options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
            {
                pending.Enqueue(element);
            }

            if (info.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            foreach (var property in info.Properties)
            {
                if (property.Get is not null && property.Set is null && property.AssociatedParameter is null)
                {
                    unreadable.Add($"{type.Name}.{property.Name}");
                }

                pending.Enqueue(property.PropertyType);
            }
        }

        Assert.Contains(typeof(Miles), seen);
        Assert.Contains(typeof(Hours), seen);
        Assert.True(unreadable.Count == 0, $"Written but never read back: {string.Join(", ", unreadable)}");
    }

    private static void AssertRoundTrip<TModel, TProvider>(ValueConverter<TModel, TProvider> converter, TModel value) =>
        Assert.Equal(value, (TModel)converter.ConvertFromProvider(converter.ConvertToProvider(value)!)!);
}
