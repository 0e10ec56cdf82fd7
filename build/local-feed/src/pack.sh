#!/usr/bin/env bash
# Rebuilds ../Patched.DistributedLock.Postgres.1.3.3.nupkg from the nuspec beside this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/Patched.DistributedLock.Postgres.nuspec" "$work/"
cat > "$work/meta.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <NuspecFile>Patched.DistributedLock.Postgres.nuspec</NuspecFile>
    <NoWarn>NU5128</NoWarn>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
XML
dotnet pack "$work/meta.csproj" -o "$here/.." --nologo -v q
