using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Data;

/// <summary>
/// On SQLite, commands writing at the same time share one commit. The tests hold the single writer's gate (as a
/// bulk command would) while claims arrive, so every save is waiting when it opens, and watch the service's own
/// storage meter for how many saves each commit made durable. On PostgreSQL each command commits on its own.
/// </summary>
public sealed class GroupCommitTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task A_sign_in_waits_for_the_writer_like_any_command_and_shares_its_commit_with_a_claim()
    {
        if (EachCommandCommitsAlone())
        {
            return;
        }

        await app.RegisterPerson("signs.in.together@example.org");
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var issued = SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), "signs.in.together@example.org", Roles.CoProducer, app.Clock.GetCurrentInstant());
        var path = SignInLinks.PathFor(issued.Token);
        var form = PageClient.AntiforgeryToken(await browser.GetStringAsync(path));
        using var storage = new StorageMeter(app);

        var answers = await storage.WhileTheWriterWaits(2, () =>
        [
            app.As(Roles.CoProducer, "signs.in.together@example.org").Submit(Scenario.Meeting()),
            browser.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", form)])),
        ]);

        Assert.Equal(HttpStatusCode.Created, answers[0].StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answers[1].StatusCode);
        Assert.Equal([2], storage.SavesPerCommit);
        Assert.Equal(1, await app.InDatabase(db => db.UsedSignInLinks.CountAsync(l => l.Email == "signs.in.together@example.org")));
    }

    [Fact]
    public async Task Claims_sent_together_are_made_durable_by_one_commit_and_each_answers_with_its_own_claim()
    {
        if (EachCommandCommitsAlone())
        {
            return;
        }

        var emails = Enumerable.Range(1, 6).Select(n => $"together.{n}@example.org").ToArray();
        foreach (var email in emails)
        {
            await app.RegisterPerson(email);
        }

        var before = await app.Counts();
        using var storage = new StorageMeter(app);

        var answers = await storage.WhileTheWriterWaits(emails.Length, () => emails.Select(email => app.As(Roles.CoProducer, email).Submit(Scenario.Meeting())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal([emails.Length], storage.SavesPerCommit);
        var claims = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<JsonObject>()));
        Assert.Equal(emails.Length, claims.Select(c => (string?)c!["id"]).Distinct().Count());
        var after = await app.Counts();
        Assert.Equal(before.Claims + emails.Length, after.Claims);
        Assert.Equal(before.Audit + emails.Length, after.Audit);
    }

    [Fact]
    public async Task A_save_that_fails_in_a_shared_commit_rolls_back_alone_and_its_command_answers_its_own_error()
    {
        if (EachCommandCommitsAlone())
        {
            return;
        }

        await app.RegisterPerson("shared.one@example.org");
        await app.RegisterPerson("shared.two@example.org");
        var one = app.As(Roles.CoProducer, "shared.one@example.org");
        var two = app.As(Roles.CoProducer, "shared.two@example.org");
        var before = await app.Counts();
        using var storage = new StorageMeter(app);

        var answers = await storage.WhileTheWriterWaits(4, () =>
        [
            one.Submit(Scenario.Meeting(attended: 60), key: "shared-commit-key"),
            one.Submit(Scenario.Meeting(attended: 120), key: "shared-commit-key"),
            two.Submit(Scenario.Meeting()),
            two.Submit(Scenario.Meeting(date: "2026-11-18")),
        ]);

        Assert.Equal([4], storage.SavesPerCommit.Take(1));
        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.Conflict],
            answers.Take(2).Select(a => a.StatusCode).Order());
        Assert.All(answers.Skip(2), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).AssertProblem(HttpStatusCode.Conflict);
        var after = await app.Counts();
        Assert.Equal(before.Claims + 3, after.Claims);
        Assert.Equal(before.Audit + 3, after.Audit);
        Assert.Equal(1, await app.InDatabase(db => db.IdempotencyKeys.CountAsync(k => k.Key == "shared-commit-key")));
    }

    /// <summary>On PostgreSQL there is no shared commit: each command commits on its own.</summary>
    private bool EachCommandCommitsAlone()
    {
        if (TestDatabase.OnPostgreSql)
        {
            Assert.Null(app.Services.GetService<GroupCommit>());
        }

        return TestDatabase.OnPostgreSql;
    }

    /// <summary>The service's storage meter, as an operator's collector would read it: this app's instruments only.</summary>
    private sealed class StorageMeter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<int> _savesPerCommit = new();
        private readonly RecognitionPayApp _app;
        private int _queued;
        private int _awaited;
        private TaskCompletionSource _allQueued = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public StorageMeter(RecognitionPayApp app)
        {
            _app = app;
            var scope = app.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GroupCommit.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
            {
                if (instrument.Name == "recognitionpay.storage.saves_per_commit")
                {
                    _savesPerCommit.Enqueue(value);
                }
                else if (value > 0 && Interlocked.Add(ref _queued, value) >= Volatile.Read(ref _awaited))
                {
                    _allQueued.TrySetResult();
                }
            });
            _listener.Start();
        }

        public int[] SavesPerCommit => [.. _savesPerCommit];

        /// <summary>Holds the writer's gate until <paramref name="count"/> saves are queued behind it, then lets them through.</summary>
        public async Task<HttpResponseMessage[]> WhileTheWriterWaits(int count, Func<IEnumerable<Task<HttpResponseMessage>>> send)
        {
            Volatile.Write(ref _awaited, count);
            _allQueued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<HttpResponseMessage[]> answers;
            await using (await _app.Services.GetRequiredService<SqliteWriteGate>().EnterAsync(CancellationToken.None))
            {
                answers = Task.WhenAll(send().ToArray());
                await _allQueued.Task.WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Empty(_savesPerCommit);
            }

            return await answers;
        }

        public void Dispose() => _listener.Dispose();
    }
}
