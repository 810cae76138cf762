# A container image of the rampart CLI: the program published self-contained and ReadyToRun on Ubuntu's
# runtime dependencies image, with git (for `--diff`) and a shell (CI systems such as GitLab run job
# scripts in the image), running as the image's unprivileged `app` user.
#   docker build -t rampart .
#   docker run --rm -v "$PWD:/src:ro" rampart scan /src
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained true \
      -p:PublishReadyToRun=true -p:DebugType=none -o /out --nologo

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
