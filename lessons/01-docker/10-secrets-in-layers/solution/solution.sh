docker build -t leaky --build-arg API_TOKEN=tok-123 .
docker history --no-trunc leaky
docker run --rm leaky ls config
# the fix: keep the credentials out of the context, and drop the ARG (Dockerfile.clean)
echo config/credentials.env > .dockerignore
echo .git >> .dockerignore
docker build -t clean -f Dockerfile.clean .
docker history --no-trunc clean
