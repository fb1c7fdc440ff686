using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Shared;

/// <summary>The working-day calendar from the bank holidays stored in the database.</summary>
public sealed class WorkingDays(AppDbContext db)
{
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken) =>
        new(await db.BankHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken));
}
