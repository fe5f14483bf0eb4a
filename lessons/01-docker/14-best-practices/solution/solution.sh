docker build -t tidy-app .
docker history tidy-app
