docker run alpine hostname
docker run alpine hostname
docker run --name writer alpine sh -c "echo mine > /tmp/owned.txt; cat /tmp/owned.txt"
docker run --name reader alpine ls /tmp
docker ps -a
