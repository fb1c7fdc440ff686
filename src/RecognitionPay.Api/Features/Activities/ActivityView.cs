using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.Activities;

public sealed record ActivityView(Guid Id, string Title, string ActivityTypeCode, LocalDate Date, int PlannedMinutes, int? PrepAllowanceMinutes, string CreatedBy, Instant CreatedAt)
{
    public static ActivityView From(Activity a) => new(a.Id.Value, a.Title, a.ActivityTypeCode, a.Date, a.PlannedMinutes, a.PrepAllowanceMinutes, a.CreatedBy.Name, a.CreatedAt);
}
