using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// The declaration rules of an item's value rules (docs/policy.md, "Value rules"): a format only on string items, a
/// pattern exactly with <see cref="ValueFormat.Pattern"/> and valid, a date range only on date and date-time items and
/// not inverted.
/// </summary>
internal static class CatalogValueRules
{
    public static void Check(CatalogItem item, Action<string, string> add)
    {
        if (item.Format is { } format && item.Type.Kind != DataKind.String)
        {
            add(ErrorCodes.Catalog.FormatType, $"Format {CatalogText.Of(format)} needs a string item; this one is {item.Type}.");
        }

        if (item.Format == ValueFormat.Pattern && string.IsNullOrEmpty(item.Pattern))
        {
            add(ErrorCodes.Catalog.PatternRequired, "Format PATTERN needs a pattern.");
        }
        else if (item.Format != ValueFormat.Pattern && item.Pattern is not null)
        {
            add(ErrorCodes.Catalog.PatternWithoutFormat, "A pattern is only declared with format PATTERN.");
        }

        if (!string.IsNullOrEmpty(item.Pattern) && ValuePatterns.Error(item.Pattern) is { } error)
        {
            add(ErrorCodes.Catalog.PatternInvalid, error);
        }

        if ((item.MinDate is not null || item.MaxDate is not null) && item.Type.Kind is not (DataKind.Date or DataKind.DateTime))
        {
            add(ErrorCodes.Catalog.DateRangeType, $"minDate and maxDate need a date or date-time item; this one is {item.Type}.");
        }

        if (item.MinDate > item.MaxDate)
        {
            add(
                ErrorCodes.Catalog.DateRangeInvalid,
                $"minDate {CatalogText.Of(item.MinDate)} is after maxDate {CatalogText.Of(item.MaxDate)}."
            );
        }
    }
}
