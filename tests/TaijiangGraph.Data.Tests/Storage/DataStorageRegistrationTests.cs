using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Tests.Storage;

/// <summary>What <c>AddDataStorage</c> registers: settings as their options' values, and defaults a host may override.</summary>
public sealed class DataStorageRegistrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "taijiang-registration-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AddDataStorage_Should_KeepTheHostsTimeProvider_When_RegisteredBefore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero));
        using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddDataStorage(new DatabaseOptions { DataFolder = _folder })
            .BuildServiceProvider();

        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDataStorage_Should_UseTheSystemClock_When_TheHostRegistersNone()
    {
        using var services = new ServiceCollection().AddDataStorage(new DatabaseOptions { DataFolder = _folder }).BuildServiceProvider();

        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddDataStorage_Should_RegisterTheSettingsAsTheirOptionsValues()
    {
        var database = new DatabaseOptions { DataFolder = _folder };
        var audit = new AuditOptions { NodeId = "node-a" };
        using var services = new ServiceCollection().AddDataStorage(database, audit).BuildServiceProvider();

        Assert.Same(database, services.GetRequiredService<DatabaseOptions>());
        Assert.Same(database, services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        Assert.Same(audit, services.GetRequiredService<AuditOptions>());
        Assert.Equal(500, services.GetRequiredService<SeedOptions>().RecordsPerResource);
    }

    [Fact]
    public void AddDataStorage_Should_PutTheKeyRingAtKeysPath_When_Configured()
    {
        var ring = Path.Combine(_folder, "shared", "ring.json");
        using var services = new ServiceCollection()
            .AddDataStorage(new DatabaseOptions { DataFolder = _folder })
            .Configure<KeyRingOptions>(o => o.Path = ring)
            .BuildServiceProvider();

        services.GetRequiredService<IKeyRing>().Current(KeyPurposes.CursorEncryption);

        Assert.True(File.Exists(ring));
        Assert.False(File.Exists(Path.Combine(_folder, FileKeyRing.FileName)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
