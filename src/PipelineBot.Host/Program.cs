using PipelineBot.Host.Endpoints;
using PipelineBot.Host.Extensions;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddApplicationSettings();
builder.Services.AddLiteDbStorage();
builder.Services.AddSalesBot();

var app = builder.Build();
app.MapBotEndpoint("/api/messages");
app.MapMeetingInvites();
app.MapPipelineApi();
app.MapHealthChecks("/healthz");
app.MapGet("/", () => "PipelineBot is running. Point the Bot Framework Emulator at /api/messages.");
app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
