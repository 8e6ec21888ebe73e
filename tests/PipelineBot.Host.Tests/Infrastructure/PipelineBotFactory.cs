using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>
/// The real host in-process, on its own LiteDB file. Two factories over the same <see cref="DatabasePath"/> are the
/// same bot before and after a restart.
/// </summary>
public sealed class PipelineBotFactory(string databasePath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = DatabasePath,
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
        }.Concat(settings ?? new Dictionary<string, string?>())));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
