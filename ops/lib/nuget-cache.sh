# Sourced by ops/run.sh and ops/test.sh before anything restores. Until decision 100 the repository
# shipped a stand-in for Patched.DistributedLock.Postgres 1.3.3 under the real package's id and version:
# a metapackage with no assemblies. A machine that restored it keeps it in its NuGet cache, and NuGet
# would go on using it instead of the real package from the registry, so it is removed here once.
# The real package has a lib/ folder; the stand-in has none.
nuget_packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
stand_in="$nuget_packages/patched.distributedlock.postgres/1.3.3"
if [[ -d $stand_in && ! -d $stand_in/lib ]]; then
  echo "removing the cached stand-in for Patched.DistributedLock.Postgres 1.3.3 ($stand_in)" >&2
  rm -rf -- "$stand_in"
fi
unset nuget_packages stand_in
