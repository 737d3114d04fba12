using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpcCoach.Bot.State;

/// <summary>One multiplexer per process, shared by the cache and the lease, connected on first use.</summary>
internal sealed class RedisConnection(IOptions<StateOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnectionMultiplexer? _connection;

    public async Task<IConnectionMultiplexer> GetAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _connection ??= await ConnectionMultiplexer.ConnectAsync(
                options.Value.Redis ?? throw new InvalidOperationException("State:Redis is not set.")).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
