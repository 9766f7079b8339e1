namespace TaijiangGraph.Core.Catalog;

/// <summary>How a department differs between two catalog versions; the values of a <see cref="DepartmentChange"/> per kind.</summary>
public enum DepartmentChangeKind
{
    /// <summary>A new department; After: its roles.</summary>
    Added,

    /// <summary>A department the previous version had and this one lacks; Before: its roles.</summary>
    Removed,

    /// <summary>Its name (名称) changed.</summary>
    Renamed,

    /// <summary>The roles its users may hold changed; Before/After: the roles, ordered, comma-separated.</summary>
    RolesChanged,
}
