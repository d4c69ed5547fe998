namespace Formulate.Web.Configuration;

/// <summary>What the rates page asks for: an area and part of a name to filter by, a column to sort by, and a page.</summary>
public sealed record ParameterQuery(string? Area, string? Name, ParameterSort? SortBy, bool Descending, int Page, int PageSize);
