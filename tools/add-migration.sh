#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets: tools/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <Name>}
cd "$(dirname "$0")/../src/Sprout.Web"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${provider}SproutDbContext" \
    --output-dir "Platform/Data/Migrations/$provider" --namespace "Sprout.Web.Platform.Data.Migrations.$provider"
done
# dotnet-ef puts the model snapshot in a folder named after its namespace; keep it beside the migrations.
for provider in Sqlite Postgres; do
  if [ -d Sprout/Web/Platform/Data/Migrations/$provider ]; then
    mv Sprout/Web/Platform/Data/Migrations/$provider/*.cs Platform/Data/Migrations/$provider/
  fi
done
rm -rf Sprout design.db
