using System.Text.Json;
using System.Text.Json.Serialization;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Data.Governance;

/// <summary>Maps share applications and working years between the domain and their rows (docs/workflow.md "Storage").</summary>
internal static class ShareApplicationMapping
{
    /// <summary>The catalog's JSON conventions, with nulls written: a step's text is a required (nullable) member.</summary>
    public static JsonSerializerOptions Json { get; } = new(CatalogJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>Stored in UTC: PostgreSQL's timestamptz takes only offset 0, and SQLite's text then sorts by instant.</summary>
    public static ShareApplicationRow ToRow(ShareApplication a, DateTimeOffset createdAt, DateTimeOffset updatedAt) =>
        new()
        {
            Id = a.Id,
            Applicant = a.Applicant,
            Resource = a.Request.Resource,
            State = a.State.ToString(),
            Version = a.Version,
            CreatedAt = createdAt.ToUniversalTime(),
            UpdatedAt = updatedAt.ToUniversalTime(),
            Request = JsonSerializer.Serialize(a.Request, Json),
            History = JsonSerializer.Serialize(a.History, Json),
        };

    /// <summary>Copies what a step changes (state, version, request, history, update time) onto a tracked row.</summary>
    public static void Apply(ShareApplicationRow row, ShareApplication a, DateTimeOffset updatedAt)
    {
        row.State = a.State.ToString();
        row.Version = a.Version;
        row.UpdatedAt = updatedAt.ToUniversalTime();
        row.Resource = a.Request.Resource;
        row.Request = JsonSerializer.Serialize(a.Request, Json);
        row.History = JsonSerializer.Serialize(a.History, Json);
    }

    public static ShareApplication ToApplication(ShareApplicationRow r) =>
        new()
        {
            Id = r.Id,
            Applicant = r.Applicant,
            State = Enum.Parse<ShareApplicationState>(r.State),
            Version = r.Version,
            Request = JsonSerializer.Deserialize<ShareApplicationRequest>(r.Request, Json)
                ?? throw new JsonException($"The request of application {r.Id} is empty."),
            History = JsonSerializer.Deserialize<List<ShareApplicationAction>>(r.History, Json)
                ?? throw new JsonException($"The history of application {r.Id} is empty."),
        };

    public static WorkingYearRow ToRow(WorkingYear y, string setBy, DateTimeOffset setAt) =>
        new()
        {
            Year = y.Year,
            Holidays = JsonSerializer.Serialize(y.Holidays.Order(), Json),
            Workdays = JsonSerializer.Serialize(y.Workdays.Order(), Json),
            SetBy = setBy,
            SetAt = setAt.ToUniversalTime(),
        };

    public static WorkingYear ToYear(WorkingYearRow r) =>
        WorkingYear.Create(
            r.Year,
            JsonSerializer.Deserialize<List<DateOnly>>(r.Holidays, Json) ?? [],
            JsonSerializer.Deserialize<List<DateOnly>>(r.Workdays, Json) ?? []
        );
}
