docker build -t vault vault
docker history --no-trunc vault
echo "FLAG{layers-never-forget}" > flag.txt
