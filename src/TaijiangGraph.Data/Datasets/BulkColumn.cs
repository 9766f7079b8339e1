using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TaijiangGraph.Data.Datasets;

/// <summary>One column of a <see cref="BulkTable"/>: the item it holds, its delimited name, its store type (without facets) and
/// the model's value converter, if any; a bookkeeping column has a <paramref name="Fixed"/> value for every row instead of an
/// item.</summary>
internal sealed record BulkColumn(string Item, string Name, string StoreType, ValueConverter? Converter, object? Fixed = null)
{
    /// <summary>The record's value of the item (or the fixed value) as the provider stores it; null when absent or null.</summary>
    public object? ToProvider(IReadOnlyDictionary<string, object?> record) =>
        Fixed is not null ? (Converter is null ? Fixed : Converter.ConvertToProvider(Fixed))
        : record.TryGetValue(Item, out var value) && value is not null
            ? Converter is null ? value
                : Converter.ConvertToProvider(value)
        : null;
}
