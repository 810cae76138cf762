# A container image of the rampart CLI: the program published self-contained and ReadyToRun on Ubuntu's
# runtime dependencies image, with git (for `--diff`) and a shell (CI systems such as GitLab run job
# scripts in the image), running as the image's unprivileged `app` user.
#   docker build -t rampart .
#   docker run --rm -v "$PWD:/src:ro" rampart scan /src
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /source
COPY . .
# One composite ReadyToRun image of the program and the runtime: the framework's generic code over Rampart's types
# (its dictionaries, lists, LINQ) is precompiled too, where the tool package compiles it at run time. On the
# 200-overlay scan a third as many methods are compiled at run time (366 instead of 1,032) for 35 MB more on disk
# (docs/performance.md, "Warm-up of small scans").
RUN dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained true \
      -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:DebugType=none -o /out --nologo

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble
RUN apt-get update \
 && apt-get install -y --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*'
COPY --from=build /out /opt/rampart
RUN ln -s /opt/rampart/Rampart.Cli /usr/local/bin/rampart
USER $APP_UID
WORKDIR /src
ENTRYPOINT ["rampart"]
CMD ["--help"]
