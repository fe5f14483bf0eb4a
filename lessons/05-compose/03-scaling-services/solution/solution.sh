docker compose ps
docker compose up -d --scale worker=3
docker compose ps
! docker compose up -d --scale web=2
docker compose up -d --scale worker=3 --scale web=1
docker compose ps
