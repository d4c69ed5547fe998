using Formulate.Web.Reproducibility;

namespace Formulate.Web.Components.Staff;

/// <summary>The branding of the configuration in force today, read afresh for each page so a publish shows at once.</summary>
public sealed class StaffBrandingSource(EngineRegistry engines, TimeProvider time)
{
    public StaffBranding Current() => StaffBranding.Of(engines.InForceToday(time).Definition.Configuration.Council);
}
