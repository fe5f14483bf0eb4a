docker version
docker --version
docker -v
docker version --format "{{.Server.Version}}"
docker version --format "{{.Client.Version}} {{.Client.APIVersion}}"
docker version --format json
