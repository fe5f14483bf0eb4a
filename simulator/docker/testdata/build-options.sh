docker build -f app/docker/Dockerfile.dev -t greet:1 -t greet:latest --build-arg GREETING=bonjour --label team=docs app
docker images greet
docker image inspect -f '{{json .Config.Labels}}' greet:1
docker build -q -f app/docker/Dockerfile.dev app
docker build --target test -f app/docker/Dockerfile.dev --build-arg GREETING=hallo app
docker buildx build -q - < Dockerfile.stdin
DOCKER_BUILDKIT=0 docker buildx build -q - < Dockerfile.stdin
docker build --build-arg UNUSED=1 -t greet -f app/docker/Dockerfile.dev app
DOCKER_BUILDKIT=0 docker build --build-arg UNUSED=1 -f app/docker/Dockerfile.dev app
