# docker-compose, Compose v1's spelling: project_service_1 names
mkdir app && cd app
printf 'services:\n  web:\n    image: nginx\n    ports: ["8000:80"]\n' > docker-compose.yml
docker-compose up -d
docker ps --format '{{.Names}} {{.Ports}}'
docker-compose ps
docker-compose down
