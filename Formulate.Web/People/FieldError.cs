namespace Formulate.Web.People;

/// <param name="Field">The id of the input the message belongs to, for the error summary's link.</param>
public sealed record FieldError(string Field, string Message);
