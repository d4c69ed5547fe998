using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Formulate.Web.Security;

/// <summary>
/// The reverse proxies and load balancers in front of Formulate whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> headers are believed, so that rate limits and logs see the real client address, and HSTS
/// and Secure cookies see that the client came over HTTPS. A proxy on the same machine (loopback) is always believed;
/// any other must be listed here. The headers are ignored from anyone else, since a client could write them itself.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string SectionName = "Formulate:ForwardedHeaders";

    /// <summary>Proxies' addresses, such as <c>10.0.0.5</c> or <c>2001:db8::5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, such as <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return new ValidationResult(
                $"{SectionName}:KnownProxies has '{proxy}', which is not an IP address. Give each proxy's address, such as 10.0.0.5 or 2001:db8::5.",
                [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return new ValidationResult(
                $"{SectionName}:KnownNetworks has '{network}', which is not a network. Give an address and prefix length, such as 10.0.0.0/24.",
                [nameof(KnownNetworks)]);
        }
    }
}
