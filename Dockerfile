# prfaq's container image, built by GoReleaser from the release binaries
# (see .goreleaser.yaml): the static binary on a base with nothing else,
# for CI systems that run jobs in containers:
#   docker run --rm -v "$PWD:/work" ghcr.io/prfaq/prfaq lint .
FROM gcr.io/distroless/static-debian12
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/prfaq /usr/bin/prfaq
WORKDIR /work
ENTRYPOINT ["/usr/bin/prfaq"]
