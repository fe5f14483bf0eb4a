kubectl apply -f api.yaml
sleep 10
kubectl get pods
