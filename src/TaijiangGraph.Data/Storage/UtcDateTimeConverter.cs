using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TaijiangGraph.Data.Storage;

/// <summary>Keeps date-times in UTC on every provider: converts on write, marks values read as UTC.</summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc)
    );
