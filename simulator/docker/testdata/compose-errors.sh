# Loading errors, worded as Compose v2 words them
cd empty-dir
docker compose up -d
echo $?
cd ../bad-key
docker compose config
echo $?
cd ../bad-volume
docker compose up -d
cd ../required
docker compose config
PG_VERSION=16 docker compose config --services
cd ../bad-yaml
docker compose config
docker compose -f other.yaml config
cd ../old
docker compose up -d nosuch
docker compose logs nosuch
docker compose frobnicate
docker compose up --frobnicate
docker compose up -d --scale web
docker compose -p Bad config
docker compose -p other config --services
docker compose exec web
docker compose exec web ls
docker compose down
