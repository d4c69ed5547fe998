namespace Formulate.Web.Configuration;

/// <summary>One page of the rates page's rows, how many rows the filter found in all, and which page this is.</summary>
public sealed record ParameterPage(IReadOnlyList<ParameterRow> Items, int Total, int Page);
