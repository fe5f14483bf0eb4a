docker build -t worker .
docker run -d --name worker worker
