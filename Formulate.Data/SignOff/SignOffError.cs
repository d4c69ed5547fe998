namespace Formulate.Data.SignOff;

/// <summary>A problem with a submission or decision; <see cref="Field"/> names the form field, or is null for the whole form.</summary>
public sealed record SignOffError(string? Field, string Message);
