using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tests.Content.Qualification;

public sealed class QualificationServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddQualificationScript_DefaultPath_LoadsTheShippedScriptAtStart()
    {
        using var host = Build(scriptPath: null);

        await host.StartAsync();

        Assert.Equal("budget", host.Services.GetRequiredService<QualificationScript>().Questions[5].Id);
        Assert.Equal("Колики буџет отприлике планирате за ово? Довољан је приближан износ у било којој валути.",
            host.Services.GetRequiredService<QualificationContent>().Ask("budget", "sr-Cyrl-RS"));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddQualificationScript_BrokenFile_StopsStartWithFileAndProblem()
    {
        using var folder = new TempFolder();
        var path = folder.File("qualify-lead.yaml");
        File.WriteAllText(path, ShippedScript.With("    prompt: number", "    prompt: money"));
        using var host = Build(path);

        var error = await Assert.ThrowsAsync<QualificationScriptFileException>(() => host.StartAsync());

        Assert.Contains(path, error.Message);
        Assert.Contains("question 6 ('budget'), prompt: 'money' is not a prompt type", error.Message);
    }

    private static IHost Build(string? scriptPath)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (scriptPath is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Qualification:ScriptPath"] = scriptPath });
        }
        builder.Services.AddQualificationScript();
        return builder.Build();
    }
}
