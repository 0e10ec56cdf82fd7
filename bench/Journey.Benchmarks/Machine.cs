using System.Runtime.InteropServices;
using Npgsql;

namespace Journey.Benchmarks;

/// <summary>What the figures were measured on: CPU model and cores, memory, PostgreSQL and .NET versions, when.</summary>
public sealed record Machine(string Cpu, int Cores, string Memory, string PostgreSql, string DotNet, string Os, DateTimeOffset When)
{
    public static async Task<Machine> Describe(string connectionString)
    {
        var cpuinfo = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        var cpu = cpuinfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = File.Exists("/proc/meminfo")
            ? $"{long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0 / 1024.0:0.0} GiB"
            : "unknown";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("select version()", connection);
        var postgres = (string)(await version.ExecuteScalarAsync())!;
        return new Machine(cpu, Environment.ProcessorCount, memory, postgres.Split(" on ")[0], RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription, DateTimeOffset.UtcNow);
    }
}
