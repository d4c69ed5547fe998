namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>A text message as GOV.UK Notify received it.</summary>
public sealed record TextMessage(string PhoneNumber, string TemplateId, string Body);
